package uk.gov.middlesbrough.tracker.importing;

import java.util.List;

/**
 * What an {@link ImportKind} is, as its pages and the flow need it.
 *
 * @param code the batch kind stored with each upload (such as {@code MEASUREMENTS})
 * @param path the page's path; the preview, confirm and template routes hang off it ({@code /indicators/import})
 * @param view the feature's page template around the shared fragments in {@code fragments/import.html}
 * @param requiredColumns the columns every file must have
 * @param optionalColumns the columns a file may have
 * @param ruleKeys the rules shown beside the upload form (message keys)
 * @param changedMeanwhileKey the message shown when someone saved one of the same figures at the same moment
 * @param templateFileName the downloadable template's file name
 * @param templateCsv the template: the header and example rows
 */
public record ImportSpec(String code, String path, String view, List<String> requiredColumns, List<String> optionalColumns,
		List<String> ruleKeys, String changedMeanwhileKey, String templateFileName, String templateCsv) {
}
