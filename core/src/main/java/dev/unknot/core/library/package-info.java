/** What plugins teach: pillars, techniques with their doses, routines and habit templates. */
package dev.unknot.core.library;
