/** From a short assessment of the causes of tightness to a starter plan of habits and a routine. */
package dev.unknot.core.plan;
