package uk.gov.middlesbrough.tracker.caseload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Children on caseload per post over the snapshot dates: the chart's data, its data table (one row per date,
 * one column per post) and its text summary (each post's first and latest figure).
 */
public record ChildrenOverTime(List<PostColumn> posts, List<Row> rows, List<PostTrend> trends) {

	static ChildrenOverTime of(List<PostFigures> figures) {
		Comparator<PostFigures> postOrder = Comparator.comparing((PostFigures post) -> post.role().ordinal())
			.thenComparing(post -> PostLabel.key(post.label()));
		Map<String, List<PostFigures>> byPost = figures.stream()
			.sorted(postOrder.thenComparing(PostFigures::snapshotDate))
			.collect(Collectors.groupingBy(PostFigures::postKey, LinkedHashMap::new, Collectors.toList()));
		Map<String, Long> labelUses = byPost.values().stream()
			.collect(Collectors.groupingBy(series -> PostLabel.key(series.get(0).label()), Collectors.counting()));
		List<PostColumn> posts = new ArrayList<>();
		List<PostTrend> trends = new ArrayList<>();
		for (List<PostFigures> series : byPost.values()) {
			PostFigures first = series.get(0);
			PostFigures latest = series.get(series.size() - 1);
			PostColumn column = new PostColumn(latest.label(), latest.role(), labelUses.get(PostLabel.key(latest.label())) > 1);
			posts.add(column);
			trends.add(new PostTrend(column, first.snapshotDate(), first.figures().children(), latest.snapshotDate(),
					latest.figures().children(), series.size()));
		}
		TreeSet<LocalDate> dates = figures.stream().map(PostFigures::snapshotDate).collect(Collectors.toCollection(TreeSet::new));
		List<String> keys = new ArrayList<>(byPost.keySet());
		Map<LocalDate, Map<String, Integer>> cells = new HashMap<>();
		figures.forEach(post -> cells.computeIfAbsent(post.snapshotDate(), date -> new HashMap<>())
			.put(post.postKey(), post.figures().children()));
		List<Row> rows = dates.stream()
			.map(date -> new Row(date, keys.stream().map(key -> cells.get(date).get(key)).toList()))
			.toList();
		return new ChildrenOverTime(posts, rows, trends);
	}

	/** A post as a column of the table and a line of the chart; {@code withRole} when its label alone is ambiguous. */
	public record PostColumn(String label, CaseloadRole role, boolean withRole) {
	}

	/** One snapshot date and each post's children on it (null where the post has no figures that day). */
	public record Row(LocalDate date, List<Integer> children) {
	}

	/** A post's first and latest children on caseload, for the chart's text summary. */
	public record PostTrend(PostColumn post, LocalDate firstDate, int firstChildren, LocalDate latestDate, int latestChildren,
			int snapshots) {
	}
}
