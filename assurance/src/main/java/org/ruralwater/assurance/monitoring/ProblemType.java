package org.ruralwater.assurance.monitoring;

import org.ruralwater.core.datafile.Coded;

/** What kind of drinking-water problem a ticket is about (MWR 2023 priority problems and seasonal risks). */
public enum ProblemType implements Coded {
    /** 有管无水: pipes but no water. */
    NO_WATER_IN_PIPES,
    /** 频繁停水断水: frequent interruptions. */
    FREQUENT_INTERRUPTION,
    /** 水质较差: poor water quality. */
    POOR_QUALITY,
    /** 未通自来水且自行取水困难: no tap and hard to fetch water. */
    NO_TAP_HARD_TO_FETCH,
    /** 高价买水: buying water at high prices. */
    BUYING_WATER_DEAR,
    /** 冻损停水: freeze damage. */
    FREEZE_DAMAGE,
    /** 干旱缺水: drought. */
    DROUGHT,
    /** Works damaged by flood, earthquake or other disaster. */
    WORKS_DAMAGE,
    /** A safe-water indicator below 基本达标 in screening. */
    FAILED_INDICATOR,
    /** 管护不到位, 反映问题没人管: management failures. */
    MANAGEMENT
}
