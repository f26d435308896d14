package uk.gov.middlesbrough.tracker.support;

import java.util.List;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements this thread sends (MockMvc requests run on the test's thread), so tests can
 * assert that a page costs a fixed number of statements however much data there is.
 */
public final class StatementCounter implements QueryExecutionListener {

	private static final ThreadLocal<List<String>> STATEMENTS = ThreadLocal.withInitial(java.util.ArrayList::new);

	public static void reset() {
		STATEMENTS.get().clear();
	}

	public static int count() {
		return STATEMENTS.get().size();
	}

	/** The statements counted since the last reset, in order. */
	public static List<String> statements() {
		return List.copyOf(STATEMENTS.get());
	}

	/** The statements counted since the last reset, one a line, for an assertion's message. */
	public static String listed() {
		return String.join("\n", STATEMENTS.get());
	}

	/** How many of the statements counted since the last reset contain this text (such as a table's name). */
	public static long countContaining(String text) {
		return STATEMENTS.get().stream().filter(sql -> sql.contains(text)).count();
	}

	@Override
	public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
		queryInfoList.forEach(query -> STATEMENTS.get().add(query.getQuery()));
	}

	@Override
	public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
		// counted before
	}

	/** Wraps the application's DataSource so every statement passes the counter. */
	static BeanPostProcessor dataSourceWrapper() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
					return ProxyDataSourceBuilder.create(dataSource).name("counted").listener(new StatementCounter()).build();
				}
				return bean;
			}
		};
	}
}
