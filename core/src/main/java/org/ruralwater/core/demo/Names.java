package org.ruralwater.core.demo;

import java.util.List;
import java.util.Random;
import org.ruralwater.core.asset.AssetType;

/** Syllables for fictional Chinese place and person names. */
final class Names {

    static final List<String> PREFECTURES = List.of("示范市", "清泉市", "云岭市");
    static final List<String> COUNTIES = List.of(
            "清源", "石门", "龙泉", "青溪", "白水", "红岩", "金沙", "玉龙", "松林", "桃源", "梅山", "竹溪", "凤鸣", "柳江", "银河", "兰坪", "碧水", "云台",
            "安宁", "永和", "长乐", "太平", "新华", "富民", "和顺");

    private static final String FIRST = "清石河柳杨李王张龙凤马牛桃梨松竹梅兰菊荷云山水田林泉溪沙岩坡湾塘岭坝寨营";
    private static final String SECOND = "家沟坪湾寨岭坝营庄口头子边塘湖源桥井冲箐";
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕";
    private static final String GIVEN = "建国明华军平伟强丽芳英秀兰志勇红霞成福海永春生金玉德文";

    private Names() {}

    static String place(Random random) {
        return "" + FIRST.charAt(random.nextInt(FIRST.length())) + SECOND.charAt(random.nextInt(SECOND.length()));
    }

    static String person(Random random) {
        StringBuilder b = new StringBuilder();
        b.append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        b.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        if (random.nextInt(3) > 0) {
            b.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return b.toString();
    }

    static String asset(AssetType type) {
        return switch (type) {
            case RESERVOIR_SOURCE -> "水库水源";
            case RIVER_SOURCE -> "河道水源";
            case AQUIFER_SOURCE -> "地下水源";
            case SPRING_SOURCE -> "山泉水源";
            case SURFACE_INTAKE -> "取水口";
            case WELL -> "水源井";
            case SPRING_BOX -> "泉室";
            case RAW_WATER_PUMPING_STATION -> "取水泵站";
            case BOOSTER_PUMPING_STATION -> "加压泵站";
            case CONVENTIONAL_TREATMENT_PLANT -> "常规净水构筑物";
            case INTEGRATED_TREATMENT_UNIT -> "一体化净水设备";
            case MEMBRANE_UNIT -> "膜处理设备";
            case SLOW_SAND_FILTER -> "慢滤池";
            case SPECIAL_TREATMENT_UNIT -> "特殊处理设备";
            case HYPOCHLORITE_DOSER -> "次氯酸钠投加设备";
            case CHLORINE_DIOXIDE_GENERATOR -> "二氧化氯发生器";
            case UV_UNIT -> "紫外线消毒设备";
            case CLEAR_WATER_TANK -> "清水池";
            case HIGH_LEVEL_TANK -> "高位水池";
            case CISTERN -> "水窖";
            case TRANSMISSION_MAIN -> "输水管";
            case DISTRIBUTION_MAIN -> "配水管";
            case SERVICE_PIPE -> "入户管";
            case GATE_VALVE -> "闸阀";
            case AIR_RELEASE_VALVE -> "排气阀";
            case PRESSURE_REDUCING_VALVE -> "减压阀";
            case HYDRANT -> "消火栓";
            case BULK_METER -> "出厂水表";
            case DISTRICT_METER -> "分区计量表";
        };
    }
}
