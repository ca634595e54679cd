/** Progress: the tightness trend, relief per technique, and each habit's heat map, streaks and strength, drawn as SVG. */
package dev.unknot.web.progress;
