/**
 * Puts a Java schema into PostgreSQL's own words by building it in a scratch database on an
 * embedded server of the target's version (never the target) and reading it back.
 *
 * <p>Imports model, naming, load, render, inspect and postgres only. (PackageDependenciesTest checks it.)
 */
package dev.dibs.engine.canonical;
