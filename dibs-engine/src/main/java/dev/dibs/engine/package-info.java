/**
 * The dibs engine: plain Java, no Maven types. {@link dev.dibs.engine.DibsException} is the base
 * of every failure a user can act on; the packages below are layered from the model up to the use
 * cases in {@code ops}.
 */
package dev.dibs.engine;
