"""What the demo desk's cases say, for a shopping mall (the default) or a hotel."""
from __future__ import annotations

MALL = {
    "company": "星河广场购物中心",
    "site": "星河广场",
    "departments": ["客服部", "营运部", "保安部", "工程部", "保洁部", "停车场管理处", "物业部",
                    "市场部", "招商部", "财务部"],
    "tenants": ["优衣库", "星巴克", "屈臣氏", "海底捞", "周大福", "华为体验店", "小米之家",
                "名创优品", "永辉超市", "万达影城", "喜茶", "肯德基", "麦当劳", "ZARA", "H&M",
                "苏宁易购", "李宁", "安踏", "太平鸟", "森马", "西西弗书店", "孩子王",
                "老凤祥", "必胜客", "西贝莜面村", "外婆家", "奈雪的茶", "蜜雪冰城"],
    # where a story that names no place happens (when it is not about a shop)
    "places": ["一楼中庭", "二楼连廊", "三楼中庭", "一楼服务台", "二楼休息区"],
    # each story may name the places it can happen in, before "|"; a place that is a
    # tenant's name makes the case about that tenant
    "texts": {
        "product_quality": ["优衣库/ZARA/H&M/太平鸟/森马|买的衣服洗了一次就开线了，要求退货。",
                            "华为体验店/小米之家/苏宁易购|手机刚买三天屏幕出现亮线。",
                            "永辉超市|超市里的酸奶过了保质期还在货架上销售。", "李宁/安踏|鞋子穿了一周鞋底开胶。",
                            "海底捞/西贝莜面村/外婆家/必胜客/肯德基/麦当劳|菜里吃出了头发，要求退菜。"],
        "price": ["标价与收银价格不一致，多收了二十元。", "促销活动说满减，结账时不认。",
                  "B1停车场出口/B2停车场出口|停车费比公示的标准多收了十元。", "会员价没有打折，要求退还差价。"],
        "service_attitude": ["店员态度恶劣，不理睬顾客询问。",
                             "海底捞/西贝莜面村/外婆家/必胜客|餐厅服务员上菜时把汤洒在顾客身上，没有道歉。",
                             "收银员找错零钱还不承认。", "西门入口/一楼中庭|保安说话粗鲁。"],
        "environment": ["一楼卫生间/三楼卫生间|卫生间没有纸巾而且很脏。",
                        "三楼美食广场/二楼中庭|空调温度太低，多次反映无人处理。",
                        "B1停车场/B2停车场|停车场照明不足，找不到车位。",
                        "三楼美食广场|美食广场的桌子没人收拾，到处是剩饭。"],
        "delivery": ["永辉超市|超市线上订单超过约定时间两小时仍未送到。",
                     "苏宁易购|家电送货上门时包装破损，商品摔坏。"],
        "after_sales": ["华为体验店/小米之家/苏宁易购|维修一个月了还没有修好。", "办理退货被一再推托，要求给个说法。",
                        "华为体验店/小米之家/苏宁易购|保修期内收取维修费用。"],
        "false_advertising": ["一楼中庭|宣传单上写全场五折，实际只有少数商品打折。", "广告说赠送礼品，到店后说送完了。"],
        "safety": ["二楼扶梯口/一楼扶梯口|扶梯突然停止，孩子摔倒受伤。",
                   "一楼中庭/西门入口|地面湿滑没有警示牌，顾客滑倒。",
                   "三楼扶梯口|扶梯夹住了孩子的鞋子。", "B1卸货区|消防通道被货物堵塞。"],
        "other": ["西门入口|储物柜丢失物品。", "三楼母婴区|希望增加母婴室。", "一楼中庭|广播音量太大。",
                  "B2停车场|停车场找不到自己的车，指引不清。"],
    },
    # the repeat problem of the day: (route, object name, category, texts)
    "repeat": ("tenant", "海底捞", "service_attitude",
               ["四楼海底捞门口|排队等位两个小时，取号后被跳号。", "四楼海底捞门口|等位时服务员态度冷淡，说爱等不等。",
                "四楼海底捞|预约的位子到店后说没有了。", "四楼海底捞等位区|等位区没有座位，老人站了一个小时。"]),
}

HOTEL = {
    "company": "星河国际大酒店",
    "site": "星河国际大酒店",
    "departments": ["前厅部", "客房部", "餐饮部", "工程部", "保安部", "康乐部", "销售部",
                    "财务部", "人力资源部", "采购部"],
    "tenants": ["大堂吧", "精品店", "SPA水疗中心", "商务中心", "花店", "珠宝店"],
    "places": ["前台大堂", "客房走廊", "1208房", "西餐厅", "中餐厅包间", "行政酒廊"],
    "texts": {
        "product_quality": ["1208房/1516房|房间的毛巾有污渍。", "西餐厅|早餐的食物不新鲜。",
                            "906房/1208房|床垫塌陷，一晚没睡好。", "大堂吧|咖啡里喝出了异物。",
                            "商务中心|打印的文件缺页，还照收了费用。"],
        "price": ["前台大堂|退房账单多收了迷你吧的费用。", "前台大堂|预订时说含早餐，结账时另收了费用。"],
        "service_attitude": ["前台大堂|前台办理入住等了四十分钟，员工还很不耐烦。",
                             "酒店正门/前台大堂|行李员态度差，把箱子扔在地上。",
                             "中餐厅包间/西餐厅|餐厅服务员上错菜还不道歉。"],
        "environment": ["1208房/1516房|客房隔音太差，整夜听到噪音。", "906房/1516房|空调噪音很大。",
                        "1208房/906房|浴室里有头发，没有打扫干净。"],
        "delivery": ["1516房/906房|客房送餐超过一小时才送到。", "1208房|要的加床到晚上十点还没送来。"],
        "after_sales": ["前台大堂|遗留在房间的物品说好邮寄，两周了还没寄出。", "前台大堂|开具发票一再拖延。"],
        "false_advertising": ["前台大堂|官网写免费升级房型，到店后不认。", "1516房|宣传的海景房其实看不到海。"],
        "safety": ["1208房/906房|浴室地面湿滑，客人摔倒。", "1516房|房门锁坏了，关不上门。",
                   "游泳池|泳池没有救生员。"],
        "other": ["906房/1208房|叫醒服务没有叫醒，误了航班。", "会议室/行政酒廊|无线网络连不上。",
                  "前台大堂|希望提供儿童用品。"],
    },
    "repeat": ("department", "客房部", "environment",
               ["1208房|下午入住时房间还没有打扫。", "1516房|房间地毯有污渍，没有吸尘。",
                "906房|卫生间没有更换毛巾。", "1102房|房间里有上一位客人留下的垃圾。"]),
}

KINDS = {"mall": MALL, "hotel": HOTEL}


def story_about(rng, texts: dict, category: str, tenant: str = "") -> str:
    """A story of ``category``; for a case about ``tenant``, one that happens in that shop
    (else one that names no place, else any)."""
    stories = texts["texts"][category]
    if tenant:
        stories = ([s for s in stories if tenant in s.partition("|")[0].split("/")]
                   or [s for s in stories if "|" not in s] or stories)
    return rng.choice(stories)


def place_and_text(rng, texts: dict, story: str) -> tuple[str, str]:
    """Where ``story`` happened and what the customer said: one of the places the story
    names before "|", else one of the kind's general places."""
    places, bar, said = story.rpartition("|")
    return rng.choice(places.split("/") if bar else texts["places"]), said


def description(moment, place: str, said: str) -> str:
    return f"{moment:%m月%d日}在{place}，{said}"
