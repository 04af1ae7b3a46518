/**
 * What an evaluation writes: report.html (tables, recall curves as inline SVG charts, the worst
 * topics with their hits and titles from the index), metrics.json and per-topic.csv, all made from
 * one {@link org.priorart.eval.report.ReportData}. Titles come through
 * {@link org.priorart.eval.report.DocTitles}, from the index when there is one.
 */
package org.priorart.eval.report;
