/** The cause assessment and the starter plan it proposes. */
package dev.unknot.web.plan;
