package uk.gov.middlesbrough.tracker.api.v1;

import java.util.List;

/** One page of a list: its items, the page number (from 0), the page size, and how many items and pages in all. */
record PageJson<T>(List<T> content, int page, int size, long totalElements, int totalPages) {
}
