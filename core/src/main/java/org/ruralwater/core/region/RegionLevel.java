package org.ruralwater.core.region;

import org.ruralwater.core.datafile.Coded;

/** The level of an administrative region, from province down to village. */
public enum RegionLevel implements Coded {
    /** 省级: province, autonomous region or municipality (GB/T 2260 code {@code PP0000}). */
    PROVINCE,
    /** 地级: prefecture-level city, prefecture or league (GB/T 2260 code {@code PPCC00}). */
    PREFECTURE,
    /** 县级: county, county-level city or district (GB/T 2260 code {@code PPCCDD}). */
    COUNTY,
    /** 乡级: town, township or subdistrict (12-digit statistical code {@code PPCCDDTTT000}). */
    TOWNSHIP,
    /** 村级: village or residents' committee (12-digit statistical code {@code PPCCDDTTTVVV}). */
    VILLAGE
}
