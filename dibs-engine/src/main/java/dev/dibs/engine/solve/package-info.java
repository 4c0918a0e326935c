/**
 * Orders changes by simulating each on a virtual schema (one dispatch per change kind:
 * ChangeSimulator), then proves the plan turns the current schema into exactly the desired one.
 *
 * <p>Imports diff, model and naming (the columns an expression uses) only. (PackageDependenciesTest checks it.)
 */
package dev.dibs.engine.solve;
