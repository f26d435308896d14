package uk.gov.middlesbrough.tracker.reminder;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;
import uk.gov.middlesbrough.tracker.security.UserAccount;
import uk.gov.middlesbrough.tracker.security.UserAccounts;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.work.UserWork;
import uk.gov.middlesbrough.tracker.work.WorkGroup;
import uk.gov.middlesbrough.tracker.work.WorkItem;

/**
 * Sends the digests that are due: to each enabled user with an email address who wants reminders (daily, or weekly
 * when a week has passed since their last digest), the items of their work not sent to them in the last seven days,
 * grouped as on the home page; no mail when there is nothing new. Each digest sent is recorded with its items, in its
 * own transaction after the mail has gone, so a failed mail is tried again the next day.
 */
@Component
public class ReminderDigests {

	/** Items a digest lists from each group (the home page lists 10; the mail has room for more). */
	static final int ITEMS_PER_GROUP = 50;

	static final Duration REPEAT_AFTER = Duration.ofDays(7);

	/** A weekly digest is sent once six and a half days have passed, so a daily run at a set time keeps to its weekday. */
	static final Duration WEEKLY = Duration.ofDays(6).plusHours(12);

	private static final Logger log = LoggerFactory.getLogger(ReminderDigests.class);

	private final UserAccounts accounts;
	private final LocalityQueries localities;
	private final UserWork work;
	private final ReminderPreferences preferences;
	private final MailOutbox outbox;
	private final NamedParameterJdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final ReminderSettings settings;
	private final MessageSource messages;
	private final Clock clock;

	ReminderDigests(UserAccounts accounts, LocalityQueries localities, UserWork work, ReminderPreferences preferences,
			MailOutbox outbox, NamedParameterJdbcTemplate jdbc, TransactionTemplate transactions, ReminderSettings settings,
			MessageSource messages, Clock clock) {
		this.accounts = accounts;
		this.localities = localities;
		this.work = work;
		this.preferences = preferences;
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.settings = settings;
		this.messages = messages;
		this.clock = clock;
	}

	/** Sends every digest due now; returns how many were sent. */
	public int sendDue() {
		AsOf now = AsOf.now(clock);
		List<UserAccount> users = accounts.all().stream().filter(UserAccount::isEnabled).filter(user -> user.getEmail() != null)
				.toList();
		List<Long> ids = users.stream().map(UserAccount::getId).toList();
		Map<Long, ReminderFrequency> chosen = preferences.of(ids);
		Map<Long, Instant> lastDigest = lastDigests(ids);
		Map<Long, Set<String>> sentLately = itemsSentSince(ids, now.cutoff().minus(REPEAT_AFTER));
		// One reading of every locality for all the users, so each feature reads its figures once per run.
		LocalityReading reading = new LocalityReading(localities.all(), now);
		int sent = 0;
		for (UserAccount user : users) {
			ReminderFrequency frequency = chosen.getOrDefault(user.getId(), ReminderFrequency.DAILY);
			Instant last = lastDigest.get(user.getId());
			if (frequency == ReminderFrequency.NONE
					|| frequency == ReminderFrequency.WEEKLY && last != null && last.isAfter(now.cutoff().minus(WEEKLY))) {
				continue;
			}
			List<DigestMail.Section> sections = newItems(
					work.groups(work.request(user.toSignedInUser(), reading, ITEMS_PER_GROUP)),
					sentLately.getOrDefault(user.getId(), Set.of()));
			if (sections.isEmpty()) {
				continue;
			}
			DigestMail mail = DigestMail.of(user.getDisplayName(), sections, settings.baseUrl(), messages);
			try {
				outbox.send(user.getEmail(), mail.subject(), mail.text());
			}
			catch (RuntimeException ex) {
				log.warn("The reminder digest to {} could not be sent; it will be tried again at the next run", user.getUsername(), ex);
				continue;
			}
			record(user, sections, clock.instant());
			sent++;
		}
		return sent;
	}

	static String key(WorkGroup group, WorkItem item) {
		return group.id() + " " + item.link();
	}

	private static List<DigestMail.Section> newItems(List<WorkGroup> groups, Set<String> sentLately) {
		List<DigestMail.Section> sections = new ArrayList<>();
		for (WorkGroup group : groups) {
			List<WorkItem> fresh = group.items().stream().filter(item -> !sentLately.contains(key(group, item))).toList();
			if (!fresh.isEmpty()) {
				sections.add(new DigestMail.Section(group, fresh));
			}
		}
		return sections;
	}

	private void record(UserAccount user, List<DigestMail.Section> sections, Instant sentAt) {
		transactions.executeWithoutResult(status -> {
			long digest = jdbc.queryForObject("""
					insert into reminder_digest (user_account_id, email, sent_at, item_count)
					values (:user, :email, :sentAt, :items) returning id""",
					new MapSqlParameterSource("user", user.getId()).addValue("email", user.getEmail())
							.addValue("sentAt", Timestamp.from(sentAt))
							.addValue("items", sections.stream().mapToInt(section -> section.items().size()).sum()), Long.class);
			List<MapSqlParameterSource> rows = new ArrayList<>();
			Set<String> keys = new HashSet<>();
			for (DigestMail.Section section : sections) {
				for (WorkItem item : section.items()) {
					String key = key(section.group(), item);
					if (keys.add(key)) {
						rows.add(new MapSqlParameterSource("digest", digest).addValue("key", key)
								.addValue("heading", section.group().id()).addValue("subject", truncate(item.subject(), 600))
								.addValue("link", truncate(item.link(), 500)));
					}
				}
			}
			jdbc.batchUpdate("""
					insert into reminder_digest_item (reminder_digest_id, item_key, heading, subject, link)
					values (:digest, :key, :heading, :subject, :link)""", rows.toArray(MapSqlParameterSource[]::new));
		});
	}

	private Map<Long, Instant> lastDigests(List<Long> ids) {
		Map<Long, Instant> last = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.query("select user_account_id, max(sent_at) as last from reminder_digest where user_account_id in (:ids)"
					+ " group by user_account_id", new MapSqlParameterSource("ids", ids), rs -> {
						last.put(rs.getLong("user_account_id"), rs.getTimestamp("last").toInstant());
					});
		}
		return last;
	}

	private Map<Long, Set<String>> itemsSentSince(List<Long> ids, Instant since) {
		Map<Long, Set<String>> sent = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.query("""
					select d.user_account_id, i.item_key from reminder_digest d join reminder_digest_item i on i.reminder_digest_id = d.id
					where d.user_account_id in (:ids) and d.sent_at > :since""",
					new MapSqlParameterSource("ids", ids).addValue("since", Timestamp.from(since)), rs -> {
						sent.computeIfAbsent(rs.getLong("user_account_id"), id -> new HashSet<>()).add(rs.getString("item_key"));
					});
		}
		return sent;
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}
}
