/**
 * Reads the Java schema from compiled classes (ClassGraph, bytecode only) into the model,
 * collecting every problem with where it is and the fix; checks annotation SQL before it goes
 * anywhere.
 *
 * <p>Imports model and naming only. (PackageDependenciesTest checks it.)
 */
package dev.dibs.engine.load;
