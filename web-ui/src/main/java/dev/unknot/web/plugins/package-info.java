/** What was loaded: each plugin with what it provides, and each plugin that failed with its reason. */
package dev.unknot.web.plugins;
