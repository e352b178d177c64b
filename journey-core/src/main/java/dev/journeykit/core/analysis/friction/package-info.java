/**
 * Analyzers of friction: emotion drops and low points, unaddressed pains, missed KPIs, repeat
 * contacts; one small final class per question.
 */
package dev.journeykit.core.analysis.friction;
