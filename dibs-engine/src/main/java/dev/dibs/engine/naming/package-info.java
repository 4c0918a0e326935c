/**
 * PostgreSQL's naming rules: snake_case of Java names, the names PostgreSQL gives unnamed
 * objects, identifier limits, SQL tokens, printable text for consoles.
 *
 * <p>Imports nothing of dibs. (PackageDependenciesTest checks it.)
 */
package dev.dibs.engine.naming;
