/**
 * The use cases the plugin calls (drift detection, database comparison, replay, generation,
 * foretold refusals) and the reports they write.
 *
 * <p>May import every engine package; nothing imports it but the plugin. (PackageDependenciesTest
 * checks it.)
 */
package dev.dibs.engine.ops;
