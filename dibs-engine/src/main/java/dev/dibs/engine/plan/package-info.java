/**
 * A plan: the ordered statements of a diff, and applying it in one transaction with streamed
 * progress.
 *
 * <p>Imports model, load, diff, solve and render only. (PackageDependenciesTest checks it.)
 */
package dev.dibs.engine.plan;
