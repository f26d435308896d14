package uk.gov.middlesbrough.tracker.rollout;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.importing.ChangeKind;
import uk.gov.middlesbrough.tracker.importing.CsvFile;
import uk.gov.middlesbrough.tracker.importing.ImportCounts;
import uk.gov.middlesbrough.tracker.importing.ImportKind;
import uk.gov.middlesbrough.tracker.importing.ImportPage;
import uk.gov.middlesbrough.tracker.importing.PreviewRow;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.UkText;

/**
 * The ward figures import, run by the shared import flow (head of service only): every row checked
 * ({@link WardImportRules}), what a staged file would change against the figures held now, and saving it in the
 * confirm transaction: wards not held yet added, new figures inserted, changed ones replaced (a ward figure keeps no
 * history). Imported figures are never illustrative, so a demo figure the file repeats becomes a real one.
 */
@Component
class WardImport extends ImportKind<CheckedWardFile> {

	private static final ImportPage PAGE = new ImportPage("rollout.home.title", "rollout.import.title",
			List.of(ImportPage.Text.of("rollout.import.lead")), new ImportPage.Link("/rollout", "rollout.import.back"));

	private final WardQueries wards;
	private final NamedParameterJdbcTemplate jdbc;
	private final Clock clock;

	WardImport(WardQueries wards, NamedParameterJdbcTemplate jdbc, Clock clock) {
		super(WardImportFile.SPEC, RolloutPermissions::mayBuild, (user, localityId) -> RolloutPermissions.mayBuild(user));
		this.wards = wards;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public ImportPage page(SignedInUser user) {
		return PAGE;
	}

	@Override
	public ImportPage.Link savedLink(CheckedWardFile checked) {
		return new ImportPage.Link("/rollout", "rollout.import.savedLink");
	}

	@Override
	public CheckedWardFile check(CsvFile file, SignedInUser user) {
		return new WardImportRules(wards.measures(), wards.wards(), AsOf.now(clock).day()).check(file);
	}

	/** The preview also lists the wards the import will add. */
	@Override
	public ImportPage.Note previewNote(CheckedWardFile checked) {
		return new ImportPage.Note("new-wards", "rollout.import.newWards", "rollout.import.newWardsIntro",
				checked.newWards().stream().map(name -> ImportPage.Text.of("rollout.import.newWard", name)).toList());
	}

	@Override
	public List<PreviewRow> preview(CheckedWardFile checked) {
		Map<String, Held> held = held(checked);
		return checked.rows().stream().map(row -> {
			Held now = held.get(key(row.wardId(), row.measure().id(), row.period()));
			return new PreviewRow(row.number(), change(row, now), List.of(row.wardName(), row.measure().code(),
					UkText.day(row.period()), written(row.value()), row.people() == null ? "" : String.valueOf(row.people()),
					row.sourceNote() == null ? "" : row.sourceNote()), now == null ? "" : written(now.value()));
		}).toList();
	}

	/** Wards not held yet added first, then every new or changed figure, in the confirm transaction. */
	@Override
	public ImportCounts save(CheckedWardFile checked, SignedInUser user, long batchId) {
		Map<String, Long> added = addWards(checked);
		Map<String, Held> held = held(checked);
		List<MapSqlParameterSource> inserts = new ArrayList<>();
		List<MapSqlParameterSource> updates = new ArrayList<>();
		int unchanged = 0;
		for (CheckedWardFile.Row row : checked.rows()) {
			Held now = held.get(key(row.wardId(), row.measure().id(), row.period()));
			ChangeKind change = change(row, now);
			MapSqlParameterSource params = new MapSqlParameterSource("value", row.value()).addValue("people", row.people())
				.addValue("note", row.sourceNote());
			if (change == ChangeKind.NEW) {
				inserts.add(params.addValue("ward", row.wardId() != null ? row.wardId() : added.get(row.wardName()))
					.addValue("measure", row.measure().id()).addValue("period", row.period()));
			}
			else if (change == ChangeKind.CORRECTED) {
				updates.add(params.addValue("id", now.id()));
			}
			else {
				unchanged++;
			}
		}
		jdbc.batchUpdate("""
				insert into ward_figure (ward_id, ward_measure_id, period, value, people_count, source_note, illustrative)
				values (:ward, :measure, :period, :value, :people, :note, false)""", inserts.toArray(MapSqlParameterSource[]::new));
		// An empty source note keeps the one held, as in the other imports.
		jdbc.batchUpdate("""
				update ward_figure set value = :value, people_count = :people, source_note = coalesce(:note, source_note),
				       illustrative = false
				where id = :id""", updates.toArray(MapSqlParameterSource[]::new));
		return new ImportCounts(inserts.size(), updates.size(), unchanged);
	}

	private Map<String, Long> addWards(CheckedWardFile checked) {
		Map<String, Long> ids = new HashMap<>();
		for (String name : checked.newWards()) {
			ids.put(name, jdbc.queryForObject("""
					insert into ward (name) values (:name)
					on conflict (name) do update set name = excluded.name returning id""", Map.of("name", name), Long.class));
		}
		return ids;
	}

	/** The figures held now for the file's wards and measures, by ward, measure and period: one statement. */
	private Map<String, Held> held(CheckedWardFile checked) {
		List<Long> wardIds = checked.rows().stream().map(CheckedWardFile.Row::wardId).filter(Objects::nonNull).distinct().toList();
		if (wardIds.isEmpty()) {
			return Map.of();
		}
		List<Long> measureIds = checked.rows().stream().map(row -> row.measure().id()).distinct().toList();
		Map<String, Held> held = new HashMap<>();
		jdbc.query("""
				select id, ward_id, ward_measure_id, period, value, people_count, source_note, illustrative from ward_figure
				where ward_id in (:wards) and ward_measure_id in (:measures)""", Map.of("wards", wardIds, "measures", measureIds),
				rs -> {
					held.put(key(rs.getLong("ward_id"), rs.getLong("ward_measure_id"), rs.getObject("period", LocalDate.class)),
							new Held(rs.getLong("id"), rs.getBigDecimal("value"), (Integer) rs.getObject("people_count"),
									rs.getString("source_note"), rs.getBoolean("illustrative")));
				});
		return held;
	}

	private static ChangeKind change(CheckedWardFile.Row row, Held now) {
		if (now == null) {
			return ChangeKind.NEW;
		}
		boolean same = now.value().compareTo(row.value()) == 0 && Objects.equals(now.people(), row.people())
				&& (row.sourceNote() == null || row.sourceNote().equals(now.sourceNote())) && !now.illustrative();
		return same ? ChangeKind.UNCHANGED : ChangeKind.CORRECTED;
	}

	private static String key(Long wardId, long measureId, LocalDate period) {
		return wardId + "|" + measureId + "|" + period;
	}

	private static String written(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	/** A figure as held now. */
	private record Held(long id, BigDecimal value, Integer people, String sourceNote, boolean illustrative) {
	}
}
