/** The dibs Maven goals: thin Mojos over {@code dibs-engine}. */
package dev.dibs.maven;
