/**
 * Fleets: one schema, many databases or tenant schemas, worked on as one operation — the targets
 * ({@link dev.dibs.engine.fleet.FleetTargets}), the bounded, per-server parallel run with a canary
 * and a failure policy ({@link dev.dibs.engine.fleet.FleetRun}), the migrate, status and drift work
 * done on each target ({@link dev.dibs.engine.fleet.FleetWork}), and the fleet report
 * ({@code fleet.json}, {@code fleet.html}).
 *
 * <p>May import model, naming, postgres, inspect, load, plan, report, canonical, migrate and ops; only
 * the plugin imports it. (PackageDependenciesTest checks it.)
 */
package dev.dibs.engine.fleet;
