package org.ruralwater.maintenance.schedule;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * Why a constraint penalised a plan, in words, naming the job (or, for a whole day's travel or overtime, the
 * worker-day).
 */
public record JobPenalty(String subject, String reason) implements ConstraintJustification {}
