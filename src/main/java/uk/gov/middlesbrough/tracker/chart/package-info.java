/**
 * Trend charts drawn on the server as SVG (JFreeChart + JFreeSVG), the same in the browser and in PDF
 * packs. Every chart is shown with a text summary and its data table; series differ by line pattern and
 * marker shape as well as colour, so they read in greyscale.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Charts", allowedDependencies = {})
package uk.gov.middlesbrough.tracker.chart;
