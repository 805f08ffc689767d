using Workflow.Casework;
using Workflow.Engine.Divisions;

namespace Workflow.Web.Hosting.Demo;

/// <summary>
/// The demo deployment's organisation: 重庆市巴南区 (one township with two villages) for the everyday journeys, 重庆市
/// 梁平区 and 四川省达州市达川区 for the 川渝通办 hand-over, with the departments that receive referrals and one user
/// per role. 巴南区 also has the child-protection posts (区未保中心, 界石镇未保工作站, a 儿童主任 per village), 公安 and 卫健
/// officers for scenario 5, and an institution, 界石镇区域性养老服务中心, whose 机构经办 takes 特困 admissions (scenario 7).
/// User ids are the demo sign-in names; the ID numbers are made up but pass the checksum.
/// </summary>
public static class DemoOrganisation
{
    public const string Chongqing = "500000000000";
    public const string Banan = "500113000000";
    public const string Jieshi = "500113102000";
    public const string Guihua = "500113102001";
    public const string Shigang = "500113102002";
    public const string Liangping = "500155000000";
    public const string Liangshan = "500155101000";
    public const string Shuanggui = "500155101001";
    public const string Sichuan = "510000000000";
    public const string Dazhou = "511700000000";
    public const string Dachuan = "511703000000";
    public const string Tongchuan = "511703101000";
    public const string Xinhua = "511703101001";

    /// <summary>The institution (a unit of kind 民政机构) that takes 集中供养 admissions for 界石镇.</summary>
    public const string JieshiElderlyCareCentre = "jieshi-elderly-care-centre";

    /// <summary>A registered relative of the village assistant 李娜, for the 回避 and 单独登记备案 rules.</summary>
    public static readonly string RelativeOfVillageAssistant = Id("50011319800505002");

    /// <summary>A made-up ID number with a correct check digit.</summary>
    public static string Id(string first17) => first17 + ChineseIdNumber.ComputeCheckDigit(first17);

    public static Organisation Build()
    {
        var b = new OrganisationBuilder();
        b.AddDivision(new(Chongqing, "重庆市", AdministrativeLevel.Province.Code(), null))
            .AddDivision(new(Banan, "巴南区", AdministrativeLevel.District.Code(), Chongqing))
            .AddDivision(new(Jieshi, "界石镇", AdministrativeLevel.Township.Code(), Banan))
            .AddDivision(new(Guihua, "桂花村", AdministrativeLevel.Village.Code(), Jieshi))
            .AddDivision(new(Shigang, "石岗村", AdministrativeLevel.Village.Code(), Jieshi))
            .AddDivision(new(Liangping, "梁平区", AdministrativeLevel.District.Code(), Chongqing))
            .AddDivision(new(Liangshan, "梁山街道", AdministrativeLevel.Township.Code(), Liangping))
            .AddDivision(new(Shuanggui, "双桂社区", AdministrativeLevel.Village.Code(), Liangshan))
            .AddDivision(new(Sichuan, "四川省", AdministrativeLevel.Province.Code(), null))
            .AddDivision(new(Dazhou, "达州市", AdministrativeLevel.City.Code(), Sichuan))
            .AddDivision(new(Dachuan, "达川区", AdministrativeLevel.District.Code(), Dazhou))
            .AddDivision(new(Tongchuan, "通川街道", AdministrativeLevel.Township.Code(), Dachuan))
            .AddDivision(new(Xinhua, "新华社区", AdministrativeLevel.Village.Code(), Tongchuan));
        foreach (var (district, prefix) in new[] { (Banan, "巴南区"), (Liangping, "梁平区"), (Dachuan, "达川区") })
        {
            b.AddDepartment(new(Code(district, "district-civil-affairs"), prefix + "民政局", DepartmentKinds.CivilAffairs, district))
                .AddDepartment(new(Code(district, "district-education"), prefix + "教育局", DepartmentKinds.Education, district))
                .AddDepartment(new(Code(district, "district-medical-insurance"), prefix + "医疗保障局", DepartmentKinds.MedicalSecurity, district))
                .AddDepartment(new(Code(district, "district-housing"), prefix + "住房城乡建设委", DepartmentKinds.Housing, district))
                .AddDepartment(new(Code(district, "district-hrss"), prefix + "人力社保局", DepartmentKinds.HumanResources, district))
                .AddDepartment(new(Code(district, "district-dpf"), prefix + "残疾人联合会", DepartmentKinds.DisabledPersons, district))
                .AddDepartment(new(Code(district, "district-charity"), prefix + "慈善会", DepartmentKinds.Charity, district))
                .AddDepartment(new(Code(district, "district-public-security"), prefix + "公安分局", DepartmentKinds.PublicSecurity, district))
                .AddDepartment(new(Code(district, "district-health"), prefix + "卫生健康委", DepartmentKinds.Health, district));
        }
        b.AddDepartment(new(JieshiElderlyCareCentre, "界石镇区域性养老服务中心", DepartmentKinds.Institution, Jieshi));
        foreach (var post in StandardPosts.All)
        {
            b.AddPost(post);
        }
        AddUsers(b);
        return b.Build();
    }

    /// <summary>
    /// Every district has its own 教育局, 残联 …; the shipped definitions address them by code and the case's district
    /// picks which one, so a department is its code at its division.
    /// </summary>
    private static string Code(string district, string code) => code;

    private static void AddUsers(OrganisationBuilder b)
    {
        User U(string id, string name, string idNumber, params PostAssignment[] posts) => new(id, name, idNumber, null, posts, []);
        b.AddUser(U("wangfang", "王芳", Id("50011319880312002"), new PostAssignment(StandardPosts.Window, Jieshi), new PostAssignment(StandardPosts.Caseworker, Jieshi)))
            .AddUser(new User("lina", "李娜", Id("50011319900214004"), null, [new PostAssignment(StandardPosts.VillageAssistant, Guihua)],
                [RelativeOfVillageAssistant]))
            .AddUser(U("liuyan", "刘艳", Id("50011319910303004"), new PostAssignment(StandardPosts.VillageAssistant, Shigang)))
            .AddUser(U("chenxia", "陈霞", Id("50011319920415002"), new PostAssignment(StandardPosts.Window, Jieshi), new PostAssignment(StandardPosts.Caseworker, Jieshi)))
            .AddUser(U("zhangwei", "张伟", Id("50011319850707001"), new PostAssignment(StandardPosts.TownshipReview, Jieshi)))
            .AddUser(U("zhaolei", "赵磊", Id("50011319890909001"), new PostAssignment(StandardPosts.TownshipReview, Jieshi)))
            .AddUser(U("liuqiang", "刘强", Id("50011319781212001"), new PostAssignment(StandardPosts.DistrictApproval, Banan)))
            // A second 区民政局 officer, so the district's 集体研究 (会签) has several signers (issue 12).
            .AddUser(U("zhengyan", "郑燕", Id("50011319830815002"), new PostAssignment(StandardPosts.DistrictApproval, Banan)))
            .AddUser(U("chenjing", "陈静", Id("50011319910606002"), new PostAssignment(StandardPosts.DepartmentHandler, Banan, "district-education")))
            .AddUser(U("sunli", "孙莉", Id("50011319920808002"), new PostAssignment(StandardPosts.DepartmentHandler, Banan, "district-medical-insurance")))
            .AddUser(U("zhouli", "周丽", Id("50011319930303002"), new PostAssignment(StandardPosts.DepartmentHandler, Banan, "district-dpf")))
            .AddUser(U("heping", "何平", Id("50011319840404001"), new PostAssignment(StandardPosts.DepartmentHandler, Banan, "district-charity")))
            .AddUser(U("dudao", "杜涛", Id("50011319770505001"), new PostAssignment(StandardPosts.Supervisor, Banan)))
            .AddUser(U("admin", "赵敏", Id("50011319860101002"), new PostAssignment(StandardPosts.Administrator, Banan)))
            .AddUser(U("lp-window", "梁平窗口 马丽", Id("50015519900101002"), new PostAssignment(StandardPosts.Window, Liangshan)))
            .AddUser(U("lp-township", "梁平乡镇 罗军", Id("50015519850202001"), new PostAssignment(StandardPosts.TownshipReview, Liangshan)))
            .AddUser(U("lp-dpf", "梁平残联 吴芳", Id("50015519910303002"), new PostAssignment(StandardPosts.DepartmentHandler, Liangping, "district-dpf")))
            .AddUser(U("lp-district", "梁平民政 郑强", Id("50015519790404001"), new PostAssignment(StandardPosts.DistrictApproval, Liangping)))
            .AddUser(U("dz-window", "达州窗口 黄蓉", Id("51170319920505002"), new PostAssignment(StandardPosts.Window, Tongchuan)))
            .AddUser(U("dz-township", "达州乡镇 邓华", Id("51170319870707001"), new PostAssignment(StandardPosts.TownshipReview, Tongchuan)))
            .AddUser(U("dz-dpf", "达州残联 冯敏", Id("51170319930808002"), new PostAssignment(StandardPosts.DepartmentHandler, Dachuan, "district-dpf")))
            .AddUser(U("dz-district", "达州民政 许刚", Id("51170319760909001"), new PostAssignment(StandardPosts.DistrictApproval, Dachuan)));
        AddIssue11Users(b);
    }

    /// <summary>Scenarios 5 and 7: child protection, the departments that work a child's case, and an institution's clerk.</summary>
    private static void AddIssue11Users(OrganisationBuilder b)
    {
        User U(string id, string name, string idNumber, params PostAssignment[] posts) => new(id, name, idNumber, null, posts, []);
        b.AddUser(U("huangmin", "黄敏", Id("50011319830618002"), new PostAssignment(StandardPosts.ChildProtectionCentre, Banan)))
            .AddUser(U("yangfan", "杨帆", Id("50011319900720001"), new PostAssignment(StandardPosts.ChildProtectionStation, Jieshi)))
            .AddUser(U("zhoujie", "周洁", Id("50011319870822002"), new PostAssignment(StandardPosts.ChildDirector, Guihua)))
            .AddUser(U("wuxia", "吴霞", Id("50011319890924002"), new PostAssignment(StandardPosts.ChildDirector, Shigang)))
            .AddUser(U("wangjun", "王军", Id("50011319820126001"), new PostAssignment(StandardPosts.DepartmentHandler, Banan, "district-public-security")))
            .AddUser(U("lihua", "李华", Id("50011319860228002"), new PostAssignment(StandardPosts.DepartmentHandler, Banan, "district-health")))
            .AddUser(U("xujian", "徐健", Id("50011319800330001"), new PostAssignment(StandardPosts.InstitutionClerk, Jieshi, JieshiElderlyCareCentre)))
            .AddUser(U("lp-child", "梁平儿童主任 谭静", Id("50015519880412002"), new PostAssignment(StandardPosts.ChildDirector, Shuanggui)))
            .AddUser(U("dz-child", "达州儿童主任 蒋丽", Id("51170319890514002"), new PostAssignment(StandardPosts.ChildDirector, Xinhua)));
    }
}
