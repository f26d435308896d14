package uk.gov.middlesbrough.tracker.security.secondfactor;

import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.security.SecondFactorChanged;

/**
 * Each user's second factor: setting up an authenticator app (a secret confirmed by a first code before it is kept),
 * checking a code or a recovery code at sign-in (each code once), new recovery codes, and an administrator's reset
 * for someone who lost their phone. Codes follow the real time, not the application's clock (the phone does).
 */
@Component
public class SecondFactors {

	static final int RECOVERY_CODES = 10;
	private static final int RECOVERY_CODE_LENGTH = 10;
	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no 0/o, 1/i/l

	private final JdbcClient jdbc;
	private final SecretBox box;
	private final TotpCodes codes = new TotpCodes();
	private final SecondFactorSettings settings;
	private final PasswordEncoder hashes;
	private final Clock realTime;
	private final SecureRandom random = new SecureRandom();
	private final ApplicationEventPublisher events;

	@Autowired
	SecondFactors(JdbcClient jdbc, SecondFactorSettings settings, PasswordEncoder hashes, ApplicationEventPublisher events) {
		this(jdbc, settings, hashes, events, Clock.systemUTC());
	}

	SecondFactors(JdbcClient jdbc, SecondFactorSettings settings, PasswordEncoder hashes, ApplicationEventPublisher events,
			Clock realTime) {
		this.jdbc = jdbc;
		this.events = events;
		this.hashes = hashes;
		this.box = new SecretBox(settings.encryptionKey());
		this.settings = settings;
		this.realTime = realTime;
	}

	/** A new secret for someone setting up their app, kept (encrypted) in their session until they confirm it. */
	public PendingSetUp begin() {
		return new PendingSetUp(box.encrypt(codes.newSecret()));
	}

	/** The secret of a set-up in progress, to show as a QR code and as text. */
	public String secretOf(PendingSetUp pending) {
		return box.decrypt(pending.sealedSecret());
	}

	/**
	 * Keeps the secret if {@code typed} is its current code, replacing any earlier app and recovery codes; returns
	 * the new recovery codes (to show once), or empty when the code was not right.
	 */
	@Transactional
	public Optional<List<String>> confirm(long userId, PendingSetUp pending, String typed) {
		OptionalLong step = codes.matchingStep(secretOf(pending), typed, realTime.instant());
		if (step.isEmpty()) {
			return Optional.empty();
		}
		jdbc.sql("update user_account set totp_secret = ?, totp_enrolled_at = ?, totp_last_step = ? where id = ?")
			.params(pending.sealedSecret(), java.sql.Timestamp.from(realTime.instant()), step.getAsLong(), userId)
			.update();
		events.publishEvent(new SecondFactorChanged(userId, SecondFactorChanged.Change.SET_UP));
		return Optional.of(replaceRecoveryCodes(userId));
	}

	/** Whether {@code typed} is the user's current code (not used before) or one of their unused recovery codes. */
	@Transactional
	public boolean check(long userId, String typed) {
		String normalised = typed == null ? "" : typed.replace(" ", "").replace("-", "").toLowerCase(Locale.ROOT);
		if (normalised.matches("[0-9]{6}")) {
			return checkCode(userId, normalised);
		}
		return normalised.length() == RECOVERY_CODE_LENGTH && checkRecoveryCode(userId, normalised);
	}

	/** Each unused recovery code's salted hash is tried (ten at most, and wrong codes are throttled); a match is used up. */
	private boolean checkRecoveryCode(long userId, String code) {
		List<Map.Entry<Long, String>> unused = jdbc.sql("select id, code_hash from recovery_code "
				+ "where user_account_id = ? and used_at is null order by id")
			.param(userId).query((row, n) -> Map.entry(row.getLong("id"), row.getString("code_hash"))).list();
		return unused.stream().filter(stored -> hashes.matches(code, stored.getValue())).findFirst()
			.map(stored -> jdbc.sql("update recovery_code set used_at = ? where id = ? and used_at is null")
				.params(java.sql.Timestamp.from(realTime.instant()), stored.getKey()).update() == 1)
			.orElse(false);
	}

	private boolean checkCode(long userId, String code) {
		Optional<String> sealed = jdbc.sql("select totp_secret from user_account where id = ? and totp_secret is not null")
			.param(userId).query(String.class).optional();
		if (sealed.isEmpty()) {
			return false;
		}
		OptionalLong step = codes.matchingStep(box.decrypt(sealed.get()), code, realTime.instant());
		if (step.isEmpty()) {
			return false;
		}
		// One use per code on every node: the step only ever moves forward, and a step not after the last is refused.
		String reused = settings.refuseReusedCodes() ? " and (totp_last_step is null or totp_last_step < :step)" : "";
		return jdbc.sql("update user_account set totp_last_step = greatest(coalesce(totp_last_step, 0), :step) "
				+ "where id = :id" + reused)
			.param("step", step.getAsLong()).param("id", userId).update() == 1;
	}

	/** Ten new recovery codes (shown once), replacing the old ones. */
	@Transactional
	public List<String> newRecoveryCodes(long userId) {
		events.publishEvent(new SecondFactorChanged(userId, SecondFactorChanged.Change.NEW_RECOVERY_CODES));
		return replaceRecoveryCodes(userId);
	}

	private List<String> replaceRecoveryCodes(long userId) {
		jdbc.sql("delete from recovery_code where user_account_id = ?").param(userId).update();
		List<String> fresh = new ArrayList<>(RECOVERY_CODES);
		for (int i = 0; i < RECOVERY_CODES; i++) {
			String code = recoveryCode();
			jdbc.sql("insert into recovery_code (user_account_id, code_hash) values (?, ?)")
				.params(userId, hashes.encode(code)).update();
			fresh.add(code.substring(0, 5) + "-" + code.substring(5));
		}
		return fresh;
	}

	/** How many of the user's recovery codes are still unused. */
	public int recoveryCodesLeft(long userId) {
		return jdbc.sql("select count(*) from recovery_code where user_account_id = ? and used_at is null").param(userId)
			.query(Integer.class).single();
	}

	/** An administrator's reset: the app and recovery codes are forgotten; the user sets up again at next sign-in. */
	@Transactional
	public void reset(long userId) {
		jdbc.sql("delete from recovery_code where user_account_id = ?").param(userId).update();
		jdbc.sql("update user_account set totp_secret = null, totp_enrolled_at = null, totp_last_step = null where id = ?")
			.param(userId).update();
		events.publishEvent(new SecondFactorChanged(userId, SecondFactorChanged.Change.RESET));
	}

	/** The {@code otpauth://} address a QR code carries (the key-uri format every authenticator app reads). */
	public String appAddress(String username, String secret) {
		String issuer = encode(settings.issuer());
		return "otpauth://totp/" + issuer + ":" + encode(username) + "?secret=" + secret + "&issuer=" + issuer
				+ "&algorithm=SHA1&digits=6&period=30";
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private String recoveryCode() {
		StringBuilder code = new StringBuilder(RECOVERY_CODE_LENGTH);
		for (int i = 0; i < RECOVERY_CODE_LENGTH; i++) {
			code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
		}
		return code.toString();
	}

	/** A set-up begun but not yet confirmed: only its encrypted secret, so a session row gives nothing away. */
	public record PendingSetUp(String sealedSecret) implements Serializable {
		@Serial
		private static final long serialVersionUID = 1L;
	}
}
