/**
 * A plan and what it is made of: ordered statements (Statement, with the object each acts on),
 * their hazards from the closed set (Hazard, each explaining itself), how each may run
 * (TransactionMode), the planning options (PlanOptions); and applying a plan in one transaction
 * with streamed progress (PlanApplier).
 *
 * <p>Imports model, naming, diff and postgres only. (PackageDependenciesTest checks it.)
 */
package dev.dibs.engine.plan;
