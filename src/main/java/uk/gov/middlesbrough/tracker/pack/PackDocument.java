package uk.gov.middlesbrough.tracker.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import uk.gov.middlesbrough.tracker.chart.ChartSeries;
import uk.gov.middlesbrough.tracker.chart.TrendChart;
import uk.gov.middlesbrough.tracker.dashboard.LocalityDashboard;
import uk.gov.middlesbrough.tracker.exporting.CsvExport;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;
import uk.gov.middlesbrough.tracker.exporting.XlsxExport;
import uk.gov.middlesbrough.tracker.indicator.IndicatorSeries;
import uk.gov.middlesbrough.tracker.survey.QuestionTrend;

/** Renders a pack's content as its PDF, and the PDF with the tables as CSV and XLSX in one ZIP. */
@Component
class PackDocument {

	private static final int CHART_WIDTH = 640;
	private static final int CHART_HEIGHT = 260;

	private final ITemplateEngine templates;
	private final PdfRenderer pdf;
	private final PackTables tables;
	private final MessageSource messages;

	PackDocument(ITemplateEngine templates, PdfRenderer pdf, PackTables tables, MessageSource messages) {
		this.templates = templates;
		this.pdf = pdf;
		this.tables = tables;
		this.messages = messages;
	}

	byte[] pdf(PackContent content) {
		Context context = new Context(LocaleContextHolder.getLocale());
		context.setVariable("pack", content);
		context.setVariable("charts", charts(content));
		return pdf.render(templates.process("pack/pdf/pack", context));
	}

	byte[] zip(PackContent content, byte[] pdfBytes, String baseName) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			add(zip, baseName + ".pdf", pdfBytes);
			for (ExportTable table : tables.of(content)) {
				String name = table.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
				add(zip, name + ".csv", CsvExport.write(table));
				add(zip, name + ".xlsx", XlsxExport.write(table));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** Every chart the pack shows, as SVG, keyed as the template asks for them. */
	private Map<String, String> charts(PackContent content) {
		Map<String, String> charts = new HashMap<>();
		for (LocalityDashboard dashboard : content.dashboards()) {
			for (IndicatorSeries item : dashboard.indicators()) {
				if (item.series().points().size() > 1) {
					ChartSeries line = new ChartSeries(dashboard.locality().name(), item.series().points().stream()
							.map(point -> new ChartSeries.Point(point.period(), point.value().doubleValue())).toList());
					Double target = item.indicator().target() == null ? null : item.indicator().target().doubleValue();
					charts.put("indicator-" + item.indicator().id() + "-" + dashboard.locality().id(), TrendChart.svg(List.of(line),
							text(item.indicator().unit().messageKey("axis")), target,
							target == null ? null : text("pack.chart.target", item.indicator().format(item.indicator().target())),
							CHART_WIDTH, CHART_HEIGHT));
				}
			}
			if (dashboard.surveys() != null) {
				for (QuestionTrend trend : dashboard.surveys().trends()) {
					if (trend.recorded().size() > 1) {
						ChartSeries line = new ChartSeries(dashboard.locality().name(), trend.recorded().stream()
								.map(row -> new ChartSeries.Point(row.wave().fieldworkDate(), row.percent().value().doubleValue()))
								.toList());
						charts.put("survey-" + trend.question().id() + "-" + dashboard.locality().id(),
								TrendChart.svg(List.of(line), text("survey.chart.axis"), null, null, CHART_WIDTH, CHART_HEIGHT));
					}
				}
			}
		}
		return charts;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private static void add(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		// A fixed time, so the same content always makes the same bytes.
		entry.setTime(0);
		zip.putNextEntry(entry);
		zip.write(bytes);
		zip.closeEntry();
	}
}
