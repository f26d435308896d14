package uk.gov.middlesbrough.tracker.indicator;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A write refused because the figure's period is signed off: the database's rule ({@code refuse_signed_off_figures},
 * SQLSTATE {@value #SQL_STATE}) refused it, whichever path it came by. Only a restatement the head of service approved
 * may change it.
 */
public class FiguresSignedOff extends RuntimeException {

	static final String SQL_STATE = "TK001";

	private final long indicatorId;
	private final long localityId;
	private final LocalDate period;

	FiguresSignedOff(long indicatorId, long localityId, LocalDate period, Throwable cause) {
		super("Figures signed off: indicator " + indicatorId + ", locality " + localityId + ", period " + period, cause);
		this.indicatorId = indicatorId;
		this.localityId = localityId;
		this.period = period;
	}

	/** The refusal behind a failed write, if the sign-off rule refused it. */
	static Optional<FiguresSignedOff> in(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())) {
				return Optional.of(from(sql, failure));
			}
		}
		return Optional.empty();
	}

	// The rule's message names the figure: "figures signed off: indicator 12, locality 3, period 2022-04-30".
	private static final Pattern NAMED = Pattern.compile("indicator (\\d+), locality (\\d+), period (\\d{4}-\\d{2}-\\d{2})");

	private static FiguresSignedOff from(SQLException sql, Throwable failure) {
		Matcher named = NAMED.matcher(String.valueOf(sql.getMessage()));
		if (!named.find()) {
			return new FiguresSignedOff(-1, -1, null, failure);
		}
		return new FiguresSignedOff(Long.parseLong(named.group(1)), Long.parseLong(named.group(2)),
				LocalDate.parse(named.group(3)), failure);
	}

	public long indicatorId() {
		return indicatorId;
	}

	public long localityId() {
		return localityId;
	}

	public LocalDate period() {
		return period;
	}
}
