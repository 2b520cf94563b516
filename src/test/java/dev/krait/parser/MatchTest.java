package dev.krait.parser;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/**
 * The match statement with every kind of pattern, and match/case as ordinary names.
 * Each expected string is what CPython 3.11.7's {@code ast.dump(ast.parse(source))} printed for the source.
 */
class MatchTest {

    @TestFactory
    Stream<DynamicTest> matchStatements() {
        return AstCases.modules(CASES);
    }

    private static final String[][] CASES = {
            {"match x:\n    case 1:\n        pass\n",
                    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchValue(value=Constant(value=1)), body=[Pass()])])], type_ignores=[])"},
            {"match x:\n    case 1 | 2 | 3:\n        pass\n",
                    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2)), MatchValue(value=Constant(value=3))]), body=[Pass()])])], type_ignores=[])"},
            {"match x:\n    case \"a\" \"b\":\n        pass\n",
                    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchValue(value=Constant(value='ab')), body=[Pass()])])], type_ignores=[])"},
            {"match x:\n    case -1:\n        pass\n",
                    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=1))), body=[Pass()])])], type_ignores=[])"},
            {"match x:\n    case 1 + 2j:\n        pass\n",
                    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchValue(value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2j))), body=[Pass()])])], type_ignores=[])"},
            {"match x:\n    case -1 - 2j:\n        pass\n",
                    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchValue(value=BinOp(left=UnaryOp(op=USub(), operand=Constant(value=1)), op=Sub(), right=Constant(value=2j))), body=[Pass()])])], type_ignores=[])"},
            {"match x:\n    case None | True | False:\n        pass\n",
                    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchSingleton(value=None), MatchSingleton(value=True), MatchSingleton(value=False)]), body=[Pass()])])], type_ignores=[])"},
            {"match x:\n    case a.b.c:\n        pass\n",
                    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchValue(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load())), body=[Pass()])])], type_ignores=[])"},
            {"match x:\n    case [a, b, *rest]:\n        pass\n",
                    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchAs(name='b'), MatchStar(name='rest')]), body=[Pass()])])], type_ignores=[])"},
            {"match x:\n    case (a, b):\n        pass\n",
                    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchAs(name='b')]), body=[Pass()])])], type_ignores=[])"},
            {"match x:\n    case ():\n        pass\n",
                    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[]), body=[Pass()])])], type_ignores=[])"},
            {"match x:\n    case []:\n        pass\n",
                    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[]), body=[Pass()])])], type_ignores=[])"},
            {"match x:\n    case (a,):\n        pass\n",
                    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='a')]), body=[Pass()])])], type_ignores=[])"},
            {"match x:\n    case [*_]:\n        pass\n",
                    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchStar()]), body=[Pass()])])], type_ignores=[])"},
            {"match x:\n    case {'a': 1, 'b': c, **rest}:\n        pass\n",
                    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchMapping(keys=[Constant(value='a'), Constant(value='b')], patterns=[MatchValue(value=Constant(value=1)), MatchAs(name='c')], rest='rest'), body=[Pass()])])], type_ignores=[])"},
            {"match x:\n    case {}:\n        pass\n",
                    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchMapping(keys=[], patterns=[]), body=[Pass()])])], type_ignores=[])"},
            {"match x:\n    case {1: x, a.b: y, None: z}:\n        pass\n",
                    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchMapping(keys=[Constant(value=1), Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), Constant(value=None)], patterns=[MatchAs(name='x'), MatchAs(name='y'), MatchAs(name='z')]), body=[Pass()])])], type_ignores=[])"},
            {"match x:\n    case Point(x=0, y=0):\n        pass\n",
                    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[], kwd_attrs=['x', 'y'], kwd_patterns=[MatchValue(value=Constant(value=0)), MatchValue(value=Constant(value=0))]), body=[Pass()])])], type_ignores=[])"},
            {"match x:\n    case Point(1, 2, z=3):\n        pass\n",
                    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2))], kwd_attrs=['z'], kwd_patterns=[MatchValue(value=Constant(value=3))]), body=[Pass()])])], type_ignores=[])"},
            {"match x:\n    case Point():\n        pass\n",
                    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[], kwd_attrs=[], kwd_patterns=[]), body=[Pass()])])], type_ignores=[])"},
            {"match x:\n    case a.B(c):\n        pass\n",
                    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchClass(cls=Attribute(value=Name(id='a', ctx=Load()), attr='B', ctx=Load()), patterns=[MatchAs(name='c')], kwd_attrs=[], kwd_patterns=[]), body=[Pass()])])], type_ignores=[])"},
            {"match x:\n    case [a, b] as c:\n        pass\n",
                    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchAs(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchAs(name='b')]), name='c'), body=[Pass()])])], type_ignores=[])"},
            {"match x:\n    case (1 | 2) as x:\n        pass\n",
                    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchAs(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2))]), name='x'), body=[Pass()])])], type_ignores=[])"},
            {"match x:\n    case x if x > 0:\n        pass\n    case _:\n        pass\n",
                    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchAs(name='x'), guard=Compare(left=Name(id='x', ctx=Load()), ops=[Gt()], comparators=[Constant(value=0)]), body=[Pass()]), match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[])"},
            {"match x, y:\n    case a, b:\n        pass\n    case a, *b,:\n        pass\n",
                    "Module(body=[Match(subject=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchAs(name='b')]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchStar(name='b')]), body=[Pass()])])], type_ignores=[])"},
            {"match (x):\n    case (y):\n        pass\n",
                    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchAs(name='y'), body=[Pass()])])], type_ignores=[])"},
            {"match *a, b:\n    case _: pass\n",
                    "Module(body=[Match(subject=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), cases=[match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[])"},
            {"match -x:\n    case _: pass\n",
                    "Module(body=[Match(subject=UnaryOp(op=USub(), operand=Name(id='x', ctx=Load())), cases=[match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[])"},
            {"match = 1\nmatch.x = 2\nmatch[1] = 3\nmatch(x)\ncase = 5\n_ = 6\nprint(match, case, _)\nmatch -x\n",
                    "Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1)), Assign(targets=[Attribute(value=Name(id='match', ctx=Load()), attr='x', ctx=Store())], value=Constant(value=2)), Assign(targets=[Subscript(value=Name(id='match', ctx=Load()), slice=Constant(value=1), ctx=Store())], value=Constant(value=3)), Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), Assign(targets=[Name(id='case', ctx=Store())], value=Constant(value=5)), Assign(targets=[Name(id='_', ctx=Store())], value=Constant(value=6)), Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Name(id='match', ctx=Load()), Name(id='case', ctx=Load()), Name(id='_', ctx=Load())], keywords=[])), Expr(value=BinOp(left=Name(id='match', ctx=Load()), op=Sub(), right=Name(id='x', ctx=Load())))], type_ignores=[])"},
            {"match x:\n    case 1:\n        match y:\n            case 2: pass\n",
                    "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchValue(value=Constant(value=1)), body=[Match(subject=Name(id='y', ctx=Load()), cases=[match_case(pattern=MatchValue(value=Constant(value=2)), body=[Pass()])])])])], type_ignores=[])"}
    };
}
