package uk.gov.middlesbrough.tracker.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;
import uk.gov.middlesbrough.tracker.locality.LocalityView;

/**
 * One table a section offers as a download ({@code ?table=plans}) from the dashboard and the comparison (see
 * {@link SectionContent#export}), and where the download links point, as of the page's date.
 */
public record SectionExport(String table, List<LocalityView> localities) {

	/** The table when it is the one asked for. */
	public Optional<ExportTable> when(String asked, Supplier<ExportTable> built) {
		return table.equals(asked) ? Optional.of(built.get()) : Optional.empty();
	}

	/** The comparison's download, for the compared localities in column order. */
	public String comparisonPath(LocalDate asOf) {
		StringBuilder path = new StringBuilder("/compare/export?table=").append(table).append("&asOf=").append(asOf);
		localities.forEach(locality -> path.append("&locality=").append(locality.id()));
		return path.toString();
	}

	/** A locality's dashboard's download. */
	public String dashboardPath(long localityId, LocalDate asOf) {
		return "/localities/" + localityId + "/dashboard/export?table=" + table + "&asOf=" + asOf;
	}
}
