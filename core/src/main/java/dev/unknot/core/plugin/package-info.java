/** Loading, validating and isolating plugins, and the library they add up to. */
package dev.unknot.core.plugin;
