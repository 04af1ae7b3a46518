/**
 * The claim chart: a claim split into its elements ({@link org.priorart.server.chart.ClaimElements},
 * a documented, predictable rule an examiner can check and override), and for each element the
 * passage of each charted document that matches it best ({@link org.priorart.server.chart.ClaimCharter}).
 * Every element is one search of the one {@link org.priorart.search.SearchService}, restricted to
 * the charted documents by an inclusion filter on their keys: no second copy of search logic, so
 * the chart ranks passages exactly as a search would.
 */
package org.priorart.server.chart;
