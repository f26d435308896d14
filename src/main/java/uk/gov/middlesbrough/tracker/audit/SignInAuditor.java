package uk.gov.middlesbrough.tracker.audit;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Records every sign-in, failed sign-in (with the username tried and why) and sign-out. */
@Component
class SignInAuditor {

	private static final int MAX_USERNAME = 100;

	private final DataSource dataSource;

	SignInAuditor(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@EventListener
	@Transactional
	public void signedIn(AuthenticationSuccessEvent event) {
		record(new AuditRow(event.getAuthentication().getName(), AuditKind.SIGN_IN, null, null, null, null, null, null));
	}

	@EventListener
	@Transactional
	public void signInFailed(AbstractAuthenticationFailureEvent event) {
		String tried = String.valueOf(event.getAuthentication().getName());
		if (tried.length() > MAX_USERNAME) {
			tried = tried.substring(0, MAX_USERNAME);
		}
		String reason = event.getException().getClass().getSimpleName();
		record(new AuditRow(tried, AuditKind.SIGN_IN_FAILED, null, null, null, null, null, reason));
	}

	@EventListener
	@Transactional
	public void signedOut(LogoutSuccessEvent event) {
		record(new AuditRow(event.getAuthentication().getName(), AuditKind.SIGN_OUT, null, null, null, null, null, null));
	}

	private void record(AuditRow row) {
		var connection = DataSourceUtils.getConnection(dataSource);
		try {
			AuditWriter.write(connection, List.of(row));
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Could not record " + row.kind(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}
}
