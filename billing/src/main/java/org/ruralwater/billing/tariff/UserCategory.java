package org.ruralwater.billing.tariff;

import org.ruralwater.core.datafile.Coded;

/** Who a tariff is for. File codes are the lower-case names. */
public enum UserCategory implements Coded {
    /** 农村居民生活用水. */
    RURAL_RESIDENTIAL,
    /** 居民生活用水 in towns, where rural works extend urban networks. */
    RESIDENTIAL,
    /** Schools, clinics, care homes and village committee premises; Yunnan bills them at the rural residential price. */
    PUBLIC_INSTITUTION,
    /** 非居民用水: shops, workshops, industry. */
    NON_RESIDENTIAL,
    /** 农业用水: irrigation and livestock. */
    AGRICULTURAL,
    /** 特种用水: car washes, bath houses and the like. */
    SPECIAL
}
