/** Contract tests for Unknot plugins: extend {@link dev.unknot.tck.TechniquePluginContract}. */
package dev.unknot.tck;
