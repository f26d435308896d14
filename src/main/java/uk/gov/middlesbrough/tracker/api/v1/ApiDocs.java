package uk.gov.middlesbrough.tracker.api.v1;

/** The parameters' descriptions in the OpenAPI document, the same on every endpoint. */
final class ApiDocs {

	static final String AS_OF = "The day to read as of, YYYY-MM-DD: everything recorded by the end of that day (UK time). "
			+ "Today when left out.";
	static final String PAGE = "The page, counted from 0.";
	static final String SIZE = "How many items a page holds: 1 to tracker.api.max-page-size (100 by default), which is also "
			+ "the default.";

	private ApiDocs() {
	}
}
