/**
 * What people and tools read: a drift report (DriftReport), the words for each change
 * (ChangeDescriber), and the files under target/dibs (ReportWriter: diff.md, plan.sql; DiffJson:
 * diff.json; HtmlReport with its ErDiagram and TableList, both ordered by ReportTables).
 *
 * <p>Imports model, naming, diff, inspect (notes) and plan only; the use cases in ops produce its
 * reports. (PackageDependenciesTest checks it.)
 */
package dev.dibs.engine.report;
