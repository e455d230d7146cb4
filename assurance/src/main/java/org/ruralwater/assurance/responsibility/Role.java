package org.ruralwater.assurance.responsibility;

import org.ruralwater.core.datafile.Coded;

/**
 * The three responsibilities (三个责任) each works names a person for (MWR 2022 and provincial rules, high):
 * the local government's, the water department's and the supply unit's.
 */
public enum Role implements Coded {
    /** 地方人民政府主体责任人: the township or county government's responsible person. */
    GOVERNMENT,
    /** 水行政主管部门行业监管责任人: the water department's supervising person. */
    SUPERVISION,
    /** 供水单位运行管理责任人: the supply unit's operating person. */
    OPERATION
}
