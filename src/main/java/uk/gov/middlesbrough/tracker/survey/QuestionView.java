package uk.gov.middlesbrough.tracker.survey;

/** A survey question: its code (used in CSV files) and its wording. */
public record QuestionView(long id, String code, String text, int position) {
}
