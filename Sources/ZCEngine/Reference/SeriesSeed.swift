/// The seed of the reference data: the 27 national title series and their qualifications per level, from
/// shared/domain/series.md (rows 14–27 not yet verified by the province). It is data, kept as JSON text inside the
/// binary so that an installed zcd needs no resource folder beside it; the first start copies it into the store,
/// where the provincial office maintains it.
enum SeriesSeed {
    static let json = #"""
{
  "formatVersion": 1,
  "series": [
    {
      "code": "gaoxiao", "name": "高等学校教师", "verified": true,
      "qualifications": [
        {"code": "gaoxiao.zhuli", "name": "助教", "level": "zhuli"},
        {"code": "gaoxiao.zhongji", "name": "讲师", "level": "zhongji"},
        {"code": "gaoxiao.fugao", "name": "副教授", "level": "fugao"},
        {"code": "gaoxiao.zhenggao", "name": "教授", "level": "zhenggao"}
      ]
    },
    {
      "code": "zheshe", "name": "哲学社会科学研究人员", "verified": true,
      "qualifications": [
        {"code": "zheshe.zhuli", "name": "研究实习员", "level": "zhuli"},
        {"code": "zheshe.zhongji", "name": "助理研究员", "level": "zhongji"},
        {"code": "zheshe.fugao", "name": "副研究员", "level": "fugao"},
        {"code": "zheshe.zhenggao", "name": "研究员", "level": "zhenggao"}
      ]
    },
    {
      "code": "ziran", "name": "自然科学研究人员", "verified": true,
      "qualifications": [
        {"code": "ziran.zhuli", "name": "研究实习员", "level": "zhuli"},
        {"code": "ziran.zhongji", "name": "助理研究员", "level": "zhongji"},
        {"code": "ziran.fugao", "name": "副研究员", "level": "fugao"},
        {"code": "ziran.zhenggao", "name": "研究员", "level": "zhenggao"}
      ]
    },
    {
      "code": "weisheng", "name": "卫生技术人员", "verified": true,
      "qualifications": [
        {"code": "weisheng.yi.yuan", "name": "医士", "level": "yuan"},
        {"code": "weisheng.yao.yuan", "name": "药士", "level": "yuan"},
        {"code": "weisheng.hu.yuan", "name": "护士", "level": "yuan"},
        {"code": "weisheng.ji.yuan", "name": "技士", "level": "yuan"},
        {"code": "weisheng.yi.zhuli", "name": "医师", "level": "zhuli"},
        {"code": "weisheng.yao.zhuli", "name": "药师", "level": "zhuli"},
        {"code": "weisheng.hu.zhuli", "name": "护师", "level": "zhuli"},
        {"code": "weisheng.ji.zhuli", "name": "技师", "level": "zhuli"},
        {"code": "weisheng.yi.zhongji", "name": "主治(主管)医师", "level": "zhongji"},
        {"code": "weisheng.yao.zhongji", "name": "主管药师", "level": "zhongji"},
        {"code": "weisheng.hu.zhongji", "name": "主管护师", "level": "zhongji"},
        {"code": "weisheng.ji.zhongji", "name": "主管技师", "level": "zhongji"},
        {"code": "weisheng.yi.fugao", "name": "副主任医师", "level": "fugao"},
        {"code": "weisheng.yao.fugao", "name": "副主任药师", "level": "fugao"},
        {"code": "weisheng.hu.fugao", "name": "副主任护师", "level": "fugao"},
        {"code": "weisheng.ji.fugao", "name": "副主任技师", "level": "fugao"},
        {"code": "weisheng.yi.zhenggao", "name": "主任医师", "level": "zhenggao"},
        {"code": "weisheng.yao.zhenggao", "name": "主任药师", "level": "zhenggao"},
        {"code": "weisheng.hu.zhenggao", "name": "主任护师", "level": "zhenggao"},
        {"code": "weisheng.ji.zhenggao", "name": "主任技师", "level": "zhenggao"}
      ]
    },
    {
      "code": "gongcheng", "name": "工程技术人员", "verified": true,
      "qualifications": [
        {"code": "gongcheng.yuan", "name": "技术员", "level": "yuan"},
        {"code": "gongcheng.zhuli", "name": "助理工程师", "level": "zhuli"},
        {"code": "gongcheng.zhongji", "name": "工程师", "level": "zhongji"},
        {"code": "gongcheng.fugao", "name": "高级工程师", "level": "fugao"},
        {"code": "gongcheng.zhenggao", "name": "正高级工程师", "level": "zhenggao"}
      ]
    },
    {
      "code": "nongye", "name": "农业技术人员", "verified": true,
      "qualifications": [
        {"code": "nongye.yuan", "name": "农业技术员", "level": "yuan"},
        {"code": "nongye.nongyi.zhuli", "name": "助理农艺师", "level": "zhuli"},
        {"code": "nongye.nongyi.zhongji", "name": "农艺师", "level": "zhongji"},
        {"code": "nongye.nongyi.fugao", "name": "高级农艺师", "level": "fugao"},
        {"code": "nongye.nongyi.zhenggao", "name": "正高级农艺师", "level": "zhenggao"},
        {"code": "nongye.tuiguang.zhenggao", "name": "农业技术推广研究员", "level": "zhenggao"}
      ]
    },
    {
      "code": "xinwen", "name": "新闻专业人员", "verified": true,
      "qualifications": [
        {"code": "xinwen.jizhe.zhuli", "name": "助理记者", "level": "zhuli"},
        {"code": "xinwen.bianji.zhuli", "name": "助理编辑", "level": "zhuli"},
        {"code": "xinwen.jizhe.zhongji", "name": "记者", "level": "zhongji"},
        {"code": "xinwen.bianji.zhongji", "name": "编辑", "level": "zhongji"},
        {"code": "xinwen.jizhe.fugao", "name": "主任记者", "level": "fugao"},
        {"code": "xinwen.bianji.fugao", "name": "主任编辑", "level": "fugao"},
        {"code": "xinwen.jizhe.zhenggao", "name": "高级记者", "level": "zhenggao"},
        {"code": "xinwen.bianji.zhenggao", "name": "高级编辑", "level": "zhenggao"}
      ]
    },
    {
      "code": "chuban", "name": "出版专业人员", "verified": true,
      "qualifications": [
        {"code": "chuban.zhuli", "name": "助理编辑", "level": "zhuli"},
        {"code": "chuban.zhongji", "name": "编辑", "level": "zhongji"},
        {"code": "chuban.fugao", "name": "副编审", "level": "fugao"},
        {"code": "chuban.zhenggao", "name": "编审", "level": "zhenggao"}
      ]
    },
    {
      "code": "tushu", "name": "图书资料专业人员", "verified": true,
      "qualifications": [
        {"code": "tushu.yuan", "name": "管理员", "level": "yuan"},
        {"code": "tushu.zhuli", "name": "助理馆员", "level": "zhuli"},
        {"code": "tushu.zhongji", "name": "馆员", "level": "zhongji"},
        {"code": "tushu.fugao", "name": "副研究馆员", "level": "fugao"},
        {"code": "tushu.zhenggao", "name": "研究馆员", "level": "zhenggao"}
      ]
    },
    {
      "code": "wenbo", "name": "文物博物专业人员", "verified": true,
      "qualifications": [
        {"code": "wenbo.zhuli", "name": "助理馆员", "level": "zhuli"},
        {"code": "wenbo.zhongji", "name": "馆员", "level": "zhongji"},
        {"code": "wenbo.fugao", "name": "副研究馆员", "level": "fugao"},
        {"code": "wenbo.zhenggao", "name": "研究馆员", "level": "zhenggao"}
      ]
    },
    {
      "code": "dangan", "name": "档案专业人员", "verified": true,
      "qualifications": [
        {"code": "dangan.yuan", "name": "管理员", "level": "yuan"},
        {"code": "dangan.zhuli", "name": "助理馆员", "level": "zhuli"},
        {"code": "dangan.zhongji", "name": "馆员", "level": "zhongji"},
        {"code": "dangan.fugao", "name": "副研究馆员", "level": "fugao"},
        {"code": "dangan.zhenggao", "name": "研究馆员", "level": "zhenggao"}
      ]
    },
    {
      "code": "gongyimeishu", "name": "工艺美术专业人员", "verified": true,
      "qualifications": [
        {"code": "gongyimeishu.yuan", "name": "工艺美术员", "level": "yuan"},
        {"code": "gongyimeishu.zhuli", "name": "助理工艺美术师", "level": "zhuli"},
        {"code": "gongyimeishu.zhongji", "name": "工艺美术师", "level": "zhongji"},
        {"code": "gongyimeishu.fugao", "name": "高级工艺美术师", "level": "fugao"},
        {"code": "gongyimeishu.zhenggao", "name": "正高级工艺美术师", "level": "zhenggao"}
      ]
    },
    {
      "code": "jigong", "name": "技工院校教师", "verified": true,
      "qualifications": [
        {"code": "jigong.zhuli", "name": "助理讲师", "level": "zhuli"},
        {"code": "jigong.zhongji", "name": "讲师", "level": "zhongji"},
        {"code": "jigong.fugao", "name": "高级讲师", "level": "fugao"},
        {"code": "jigong.zhenggao", "name": "正高级讲师", "level": "zhenggao"}
      ]
    },
    {
      "code": "tiyu", "name": "体育专业人员", "verified": false,
      "qualifications": [
        {"code": "tiyu.jiaolian.zhuli", "name": "三级教练", "level": "zhuli"},
        {"code": "tiyu.jiaolian.zhongji", "name": "二级教练", "level": "zhongji"},
        {"code": "tiyu.jiaolian.fugao", "name": "一级教练", "level": "fugao"},
        {"code": "tiyu.jiaolian.zhenggao", "name": "高级教练", "level": "zhenggao"},
        {"code": "tiyu.guojiaji.zhenggao", "name": "国家级教练", "level": "zhenggao"}
      ]
    },
    {
      "code": "fanyi", "name": "翻译专业人员", "verified": false,
      "qualifications": [
        {"code": "fanyi.zhuli", "name": "三级翻译", "level": "zhuli"},
        {"code": "fanyi.zhongji", "name": "二级翻译", "level": "zhongji"},
        {"code": "fanyi.fugao", "name": "一级翻译", "level": "fugao"},
        {"code": "fanyi.zhenggao", "name": "译审", "level": "zhenggao"}
      ]
    },
    {
      "code": "boyin", "name": "播音主持专业人员", "verified": false,
      "qualifications": [
        {"code": "boyin.zhuli", "name": "三级播音员主持人", "level": "zhuli"},
        {"code": "boyin.zhongji", "name": "二级播音员主持人", "level": "zhongji"},
        {"code": "boyin.fugao", "name": "一级播音员主持人", "level": "fugao"},
        {"code": "boyin.zhenggao", "name": "播音指导", "level": "zhenggao"}
      ]
    },
    {
      "code": "kuaiji", "name": "会计专业人员", "verified": false,
      "qualifications": [
        {"code": "kuaiji.zhuli", "name": "助理会计师", "level": "zhuli"},
        {"code": "kuaiji.zhongji", "name": "会计师", "level": "zhongji"},
        {"code": "kuaiji.fugao", "name": "高级会计师", "level": "fugao"},
        {"code": "kuaiji.zhenggao", "name": "正高级会计师", "level": "zhenggao"}
      ]
    },
    {
      "code": "tongji", "name": "统计专业人员", "verified": false,
      "qualifications": [
        {"code": "tongji.zhuli", "name": "助理统计师", "level": "zhuli"},
        {"code": "tongji.zhongji", "name": "统计师", "level": "zhongji"},
        {"code": "tongji.fugao", "name": "高级统计师", "level": "fugao"},
        {"code": "tongji.zhenggao", "name": "正高级统计师", "level": "zhenggao"}
      ]
    },
    {
      "code": "jingji", "name": "经济专业人员", "verified": false,
      "qualifications": [
        {"code": "jingji.zhuli", "name": "助理经济师", "level": "zhuli"},
        {"code": "jingji.zhongji", "name": "经济师", "level": "zhongji"},
        {"code": "jingji.fugao", "name": "高级经济师", "level": "fugao"},
        {"code": "jingji.zhenggao", "name": "正高级经济师", "level": "zhenggao"}
      ]
    },
    {
      "code": "shiyan", "name": "实验技术人才", "verified": false,
      "qualifications": [
        {"code": "shiyan.yuan", "name": "实验员", "level": "yuan"},
        {"code": "shiyan.zhuli", "name": "助理实验师", "level": "zhuli"},
        {"code": "shiyan.zhongji", "name": "实验师", "level": "zhongji"},
        {"code": "shiyan.fugao", "name": "高级实验师", "level": "fugao"},
        {"code": "shiyan.zhenggao", "name": "正高级实验师", "level": "zhenggao"}
      ]
    },
    {
      "code": "zhongzhi", "name": "中等职业学校教师", "verified": false,
      "qualifications": [
        {"code": "zhongzhi.zhuli", "name": "助理讲师", "level": "zhuli"},
        {"code": "zhongzhi.zhongji", "name": "讲师", "level": "zhongji"},
        {"code": "zhongzhi.fugao", "name": "高级讲师", "level": "fugao"},
        {"code": "zhongzhi.zhenggao", "name": "正高级讲师", "level": "zhenggao"}
      ]
    },
    {
      "code": "zhongxiaoxue", "name": "中小学教师", "verified": false,
      "qualifications": [
        {"code": "zhongxiaoxue.yuan", "name": "三级教师", "level": "yuan"},
        {"code": "zhongxiaoxue.zhuli", "name": "二级教师", "level": "zhuli"},
        {"code": "zhongxiaoxue.zhongji", "name": "一级教师", "level": "zhongji"},
        {"code": "zhongxiaoxue.fugao", "name": "高级教师", "level": "fugao"},
        {"code": "zhongxiaoxue.zhenggao", "name": "正高级教师", "level": "zhenggao"}
      ]
    },
    {
      "code": "yishu", "name": "艺术专业人员", "verified": false,
      "qualifications": [
        {"code": "yishu.yanyuan.yuan", "name": "四级演员", "level": "yuan"},
        {"code": "yishu.yanzouyuan.yuan", "name": "四级演奏员", "level": "yuan"},
        {"code": "yishu.yanyuan.zhongji", "name": "三级演员", "level": "zhongji"},
        {"code": "yishu.yanzouyuan.zhongji", "name": "三级演奏员", "level": "zhongji"},
        {"code": "yishu.yanyuan.fugao", "name": "二级演员", "level": "fugao"},
        {"code": "yishu.yanzouyuan.fugao", "name": "二级演奏员", "level": "fugao"},
        {"code": "yishu.yanyuan.zhenggao", "name": "一级演员", "level": "zhenggao"},
        {"code": "yishu.yanzouyuan.zhenggao", "name": "一级演奏员", "level": "zhenggao"}
      ]
    },
    {
      "code": "gonggongfalv", "name": "公共法律服务专业人员", "verified": false,
      "qualifications": [
        {"code": "gonggongfalv.zhuli", "name": "四级公证员", "level": "zhuli"},
        {"code": "gonggongfalv.zhongji", "name": "三级公证员", "level": "zhongji"},
        {"code": "gonggongfalv.fugao", "name": "二级公证员", "level": "fugao"},
        {"code": "gonggongfalv.zhenggao", "name": "一级公证员", "level": "zhenggao"}
      ]
    },
    {
      "code": "chuanbo", "name": "船舶专业技术人员", "verified": false,
      "qualifications": [
        {"code": "chuanbo.yuan", "name": "船舶技术员", "level": "yuan"},
        {"code": "chuanbo.zhuli", "name": "助理船舶工程师", "level": "zhuli"},
        {"code": "chuanbo.zhongji", "name": "船舶工程师", "level": "zhongji"},
        {"code": "chuanbo.fugao", "name": "高级船舶工程师", "level": "fugao"},
        {"code": "chuanbo.zhenggao", "name": "正高级船舶工程师", "level": "zhenggao"}
      ]
    },
    {
      "code": "minhang", "name": "民用航空飞行技术人员", "verified": false,
      "qualifications": []
    },
    {
      "code": "shenji", "name": "审计专业人员", "verified": false,
      "qualifications": [
        {"code": "shenji.zhuli", "name": "助理审计师", "level": "zhuli"},
        {"code": "shenji.zhongji", "name": "审计师", "level": "zhongji"},
        {"code": "shenji.fugao", "name": "高级审计师", "level": "fugao"},
        {"code": "shenji.zhenggao", "name": "正高级审计师", "level": "zhenggao"}
      ]
    }
  ]
}
"""#
}
