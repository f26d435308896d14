package uk.gov.middlesbrough.tracker.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** Gives every template, the pages' and the packs', {@code #percent}: {@link Percent}'s one way of rounding. */
@Component
class PercentDialect extends AbstractDialect implements IExpressionObjectDialect {

	PercentDialect() {
		super("percent");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {
			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("percent");
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return Percent.INSTANCE;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}
		};
	}
}
