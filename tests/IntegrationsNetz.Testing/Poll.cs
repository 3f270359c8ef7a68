namespace IntegrationsNetz.Testing;

/// <summary>Asks again at short intervals until the answer is the awaited one or the deadline passed: no idle waits.</summary>
public static class Poll
{
    public static async Task<T> UntilAsync<T>(Func<Task<T>> ask, Func<T, bool> done, TimeSpan deadline, string what)
    {
        var end = DateTime.UtcNow + deadline;
        while (true)
        {
            var answer = await ask();
            if (done(answer))
            {
                return answer;
            }

            if (DateTime.UtcNow > end)
            {
                Assert.Fail($"Not within {deadline.TotalSeconds:0.#} s: {what} (last answer: {answer})");
            }

            await Task.Delay(50);
        }
    }
}
