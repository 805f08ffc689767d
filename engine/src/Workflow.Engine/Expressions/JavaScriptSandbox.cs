using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Jint;
using JsEngine = Jint.Engine;
using Jint.Native;
using Jint.Native.Json;
using Jint.Runtime;

namespace Workflow.Engine.Expressions;

/// <summary>
/// Runs JavaScript expressions through Jint with no CLR access and hard limits on time, memory, recursion and
/// statements. Scripts are parsed once and cached (up to <see cref="ScriptLimits.MaxCachedScripts"/>); each evaluation
/// gets a fresh engine so no state leaks between instances.
/// </summary>
public sealed class JavaScriptSandbox(ScriptLimits limits)
{
    private readonly ConcurrentDictionary<string, Prepared<Acornima.Ast.Script>> _prepared = new(StringComparer.Ordinal);

    /// <summary>How many parsed scripts are kept (at most <see cref="ScriptLimits.MaxCachedScripts"/>).</summary>
    internal int CachedScripts => _prepared.Count;

    public JsonNode? Evaluate(string code, IEvaluationScope scope)
    {
        var script = Prepared(code);
        var engine = new JsEngine(o =>
        {
            o.TimeoutInterval(limits.Timeout);
            o.LimitMemory(limits.MemoryBytes);
            o.LimitRecursion(limits.RecursionDepth);
            o.MaxStatements(limits.MaxStatements);
            o.Strict();
            o.Culture = CultureInfo.InvariantCulture;
        });
        Bind(engine, scope);
        try
        {
            var result = engine.Evaluate(script);
            return ToJson(engine, result);
        }
        catch (TimeoutException ex)
        {
            throw new ExpressionFailedException("ScriptTimeout", $"脚本执行超过 {limits.Timeout.TotalSeconds:0.#} 秒被终止 (script timed out).", ex);
        }
        catch (MemoryLimitExceededException ex)
        {
            throw new ExpressionFailedException("ScriptMemory", "脚本占用内存超过上限被终止 (script memory limit exceeded).", ex);
        }
        catch (RecursionDepthOverflowException ex)
        {
            throw new ExpressionFailedException("ScriptRecursion", "脚本递归层数超过上限被终止 (script recursion limit exceeded).", ex);
        }
        catch (StatementsCountOverflowException ex)
        {
            throw new ExpressionFailedException("ScriptStatements", "脚本执行语句数超过上限被终止 (script statement limit exceeded).", ex);
        }
        catch (JavaScriptException ex)
        {
            throw new ExpressionFailedException("ScriptError", $"脚本运行出错: {ex.Message}", ex);
        }
        catch (JintException ex)
        {
            throw new ExpressionFailedException("ScriptError", $"脚本运行出错: {ex.Message}", ex);
        }
    }

    /// <summary>Checks that a script parses, for the validator.</summary>
    public string? SyntaxError(string code)
    {
        try
        {
            Prepared(code);
            return null;
        }
        catch (ExpressionFailedException ex)
        {
            return ex.Message;
        }
    }

    /// <summary>The parsed script: from the bounded cache, or parsed afresh when the cache is full.</summary>
    private Prepared<Acornima.Ast.Script> Prepared(string code) =>
        _prepared.TryGetValue(code, out var cached) ? cached
        : _prepared.Count < limits.MaxCachedScripts ? _prepared.GetOrAdd(code, Prepare)
        : Prepare(code);

    private static Prepared<Acornima.Ast.Script> Prepare(string code)
    {
        // Elsa accepts both a bare expression and a body with `return`. A top-level `return` does not parse as a
        // script, so only code that fails as written and contains one is wrapped in a function: a condition such
        // as getOutcome() === 'return' stays an expression.
        try
        {
            return Parse(code);
        }
        catch (Exception ex) when (ex is Acornima.ParseErrorException or JintException)
        {
            if (code.Contains("return", StringComparison.Ordinal))
            {
                try
                {
                    return Parse($"(function(){{\n{code}\n}})()");
                }
                catch (Exception wrapped) when (wrapped is Acornima.ParseErrorException or JintException)
                {
                    throw new ExpressionFailedException("ScriptSyntax", $"脚本语法错误: {wrapped.Message}", wrapped);
                }
            }
            throw new ExpressionFailedException("ScriptSyntax", $"脚本语法错误: {ex.Message}", ex);
        }

        static Prepared<Acornima.Ast.Script> Parse(string source) =>
            JsEngine.PrepareScript(source, options: new ScriptPreparationOptions { ParsingOptions = new ScriptParsingOptions { Tolerant = false } });
    }

    private static void Bind(JsEngine engine, IEvaluationScope scope)
    {
        foreach (var name in scope.VariableNames)
        {
            if (!IsIdentifier(name))
            {
                continue;
            }
            var n = name;
            var getter = new Func<JsValue>(() => scope.TryGetVariable(n, out var v) ? ToJs(engine, v) : JsValue.Undefined);
            var setter = new Action<JsValue>(v => scope.SetVariable(n, ToJson(engine, v)));
            // Elsa generates getCounter() for "Counter"; a camelCase name gets getEducationReply() as well.
            var pascal = char.ToUpperInvariant(n[0]) + n[1..];
            foreach (var suffix in pascal == n ? [n] : new[] { n, pascal })
            {
                engine.SetValue("get" + suffix, getter);
                engine.SetValue("set" + suffix, setter);
            }
        }
        engine.SetValue("getVariable", new Func<string, JsValue>(n => scope.TryGetVariable(n, out var v) ? ToJs(engine, v) : JsValue.Undefined));
        engine.SetValue("setVariable", new Action<string, JsValue>((n, v) => scope.SetVariable(n, ToJson(engine, v))));
        engine.SetValue("getInput", new Func<string, JsValue>(n => scope.Input is { } input && input.TryGetPropertyValue(n, out var v) ? ToJs(engine, v) : JsValue.Undefined));
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] is '_' or '$') && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '$');

    private static JsValue ToJs(JsEngine engine, JsonNode? value)
    {
        switch (value)
        {
            case null:
                return JsValue.Null;
            case JsonValue v when v.TryGetValue<bool>(out var b):
                return b ? JsBoolean.True : JsBoolean.False;
            case JsonValue v when v.TryGetValue<string>(out var s):
                return new JsString(s);
            case JsonValue v when v.TryGetValue<double>(out var d):
                return new JsNumber(d);
            default:
                return new JsonParser(engine).Parse(value.ToJsonString());
        }
    }

    private static JsonNode? ToJson(JsEngine engine, JsValue value)
    {
        if (value.IsNull() || value.IsUndefined())
        {
            return null;
        }
        if (value.IsBoolean())
        {
            return JsonValue.Create(value.AsBoolean());
        }
        if (value.IsString())
        {
            return JsonValue.Create(value.AsString());
        }
        if (value.IsNumber())
        {
            var d = value.AsNumber();
            return d == Math.Floor(d) && Math.Abs(d) < 9e15 ? JsonValue.Create((long)d) : JsonValue.Create(d);
        }
        var json = new JsonSerializer(engine).Serialize(value, JsValue.Undefined, JsValue.Undefined);
        return json.IsString() ? JsonNode.Parse(json.AsString()) : null;
    }
}
