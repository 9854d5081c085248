fn main() {
    println!("brief: not built yet");
}
