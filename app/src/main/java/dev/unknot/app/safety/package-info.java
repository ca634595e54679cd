/** The safety screen: asked once at the start, retaken from the plan, answers kept. */
package dev.unknot.app.safety;
