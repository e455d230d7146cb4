package org.ruralwater.assurance.monitoring;

import org.ruralwater.core.datafile.Coded;

/**
 * The three kinds of household under anti-poverty-relapse monitoring (防止返贫动态监测, 中农组发〔2021〕7号,
 * high), whose drinking water is watched with the rest of "两不愁三保障".
 */
public enum MonitoringGroup implements Coded {
    /** 脱贫不稳定户: lifted out of poverty, not yet stable. */
    UNSTABLE_LIFTED_OUT,
    /** 边缘易致贫户: on the edge, at risk of falling into poverty. */
    EDGE_AT_RISK,
    /** 突发严重困难户: in sudden severe hardship (illness, disaster, accident). */
    SUDDEN_HARDSHIP
}
