/** Unknot's web UI: the main class; features live in the sub-packages. */
package dev.unknot.web;
