/** Today: what is due, one-click check-ins, streaks and advice. */
package dev.unknot.web.today;
